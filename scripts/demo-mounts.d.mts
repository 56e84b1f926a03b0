import type { StaticMount } from '@hapur/server';

export declare const repoPath: (path: string) => string;
export declare const STORYBOOK_DIR: string;
export declare function demoMounts(options?: { storybook?: string; staticData?: string }): StaticMount[];
