// Types of bosnian-serbian.mjs (scripts/sr-cyrl.ts and the elements' Vite config import it).
import type { Plugin } from 'vite';

export function inlineBosnianSerbian(source: string, file: string): string;
export function bosnianSerbianPlugin(): Plugin;
