import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS properties through CSSOM (`style.setProperty`) on every render. Lit's `styleMap` writes a
 * `style` attribute on first render, which a strict Content-Security-Policy (`style-src 'self'`, as on
 * the example pages) blocks; CSSOM writes are allowed. Use as an element binding: `<span ${cssProps({...})}>`.
 * @internal
 */
class CssPropsDirective extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT)
      throw new Error('cssProps() is an element binding: <span ${cssProps({...})}>');
  }

  render(_props: Record<string, string>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Record<string, string>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
