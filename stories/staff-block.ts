// What the stories of the staff blocks (inbox, progress report, service editor) share.
import type { Meta } from '@storybook/web-components-vite';

/** A staff block story's one control: the level of the block's top heading. */
export interface HeadingLevelArgs {
  headingLevel: number;
}

export const headingLevelArgs = {
  args: { headingLevel: 2 },
  argTypes: { headingLevel: { control: { type: 'number', min: 2, max: 4 } } },
} satisfies Pick<Meta<HeadingLevelArgs>, 'args' | 'argTypes'>;

/**
 * A staff block with its properties set as the page sets them once staff have signed in (its client, heading
 * level, …); `then` runs on it afterwards (a story's steps: open a message, fill a form).
 */
export function staffBlock<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]>,
  then?: (el: HTMLElementTagNameMap[K]) => Promise<void>,
): HTMLElementTagNameMap[K] {
  const el = Object.assign(document.createElement(tag), properties);
  if (then) void then(el);
  return el;
}
