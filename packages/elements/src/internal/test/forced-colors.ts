import { executeServerCommand } from '@web/test-runner-commands';

/** Turns Chromium's forced-colors emulation on or off (web-test-runner.config.mjs, `hapur-forced-colors`). */
export async function emulateForcedColors(active: boolean): Promise<void> {
  await executeServerCommand('hapur-forced-colors', { active });
  if (matchMedia('(forced-colors: active)').matches !== active)
    throw new Error(`forced-colors emulation did not switch ${active ? 'on' : 'off'}`);
}

/** What a system colour keyword (`LinkText`, `Highlight`) computes to in this page right now. */
export function systemColor(keyword: string, property: 'color' | 'outline-color' = 'color'): string {
  const probe = document.createElement('span');
  probe.style.setProperty(property, keyword);
  if (property === 'outline-color') probe.style.outlineStyle = 'solid';
  document.body.append(probe);
  const value = getComputedStyle(probe).getPropertyValue(property);
  probe.remove();
  return value;
}
