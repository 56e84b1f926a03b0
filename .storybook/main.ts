import { languageFilesPlugin } from '../scripts/language-files.mjs';
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // No "get started" onboarding checklist in the sidebar: this Storybook documents blocks, not Storybook.
  features: { sidebarOnboardingChecklist: false },
  async viteFinal(config) {
    // Resolve workspace packages to their TypeScript source (the "@hapur/source" export condition).
    config.resolve ??= {};
    config.resolve.conditions = ['@hapur/source', 'browser', 'module', 'import', 'default'];
    // A catalogue's language files, found from its folder (scripts/language-files.mjs), as in the packages' builds.
    config.plugins = [...(config.plugins ?? []), languageFilesPlugin()];
    // Pre-bundle every lit entry together, or Storybook warns "Multiple versions of Lit loaded".
    config.optimizeDeps ??= {};
    config.optimizeDeps.include = [
      ...(config.optimizeDeps.include ?? []),
      'lit',
      'lit/decorators.js',
      'lit/directive-helpers.js',
      'lit/directives/class-map.js',
      'lit/directives/if-defined.js',
      'lit/directives/live.js',
      'lit/directives/repeat.js',
      '@lit/context',
    ];
    return config;
  },
};
export default config;
