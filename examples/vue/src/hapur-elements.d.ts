// Types for Hapur's custom elements in Vue templates, so vue-tsc checks them like components: a prop of
// the wrong type, an unknown prop or a wrong use of an event's `detail` is a type error. Derived from the
// element classes and event classes that @hapur/elements exports; nothing here exists at run time.
import type { AllowedComponentProps, HTMLAttributes, VNodeProps } from 'vue';
import type { LitElement } from 'lit';
import type {
  HapurAfterRecordEvent,
  HapurComments,
  HapurCommitmentTracker,
  HapurErrorEvent,
  HapurFeedbackForm,
  HapurFeedbackRequestEvent,
  HapurFeedbackStatus,
  HapurLoadEvent,
  HapurParticipationStats,
  HapurProvider,
  HapurPublicationChecklist,
  HapurQueuedEvent,
  HapurServiceInfo,
  HapurServiceList,
  HapurSubmitEvent,
  HapurSubmittedEvent,
} from '@hapur/elements';

/** `hapur-feedback-request` → `HapurFeedbackRequest`. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${Pascal<Tail>}`
  : Capitalize<S>;

/** Vue passes `@hapur-submitted="…"` as the prop `onHapurSubmitted`: one typed listener prop per event. */
type Listeners<Events> = {
  [Name in keyof Events & string as `on${Pascal<Name>}`]?: (event: Events[Name]) => void;
};

/** An element's public data properties (its methods, Lit's members and Hapur's internal state left out), plus `lang`. */
type PublicProps<E> = {
  [K in Exclude<keyof E, keyof LitElement | 'requestedLang'> | 'lang']?: K extends keyof E
    ? E[K] extends (...args: never[]) => unknown
      ? never
      : E[K]
    : never;
};

/** The component type vue-tsc sees for a tag: the element instance, with props and listeners for templates. */
type HapurTag<E extends HTMLElement, Events = object> = new () => E & {
  /** @deprecated For template type checking only; a custom element has no `$props`. */
  $props: PublicProps<E> & Listeners<Events> & HTMLAttributes & VNodeProps & AllowedComponentProps;
};

interface DataEvents {
  'hapur-load': HapurLoadEvent;
  'hapur-error': HapurErrorEvent;
}

declare module 'vue' {
  interface GlobalComponents {
    'hapur-provider': HapurTag<HapurProvider>;
    'hapur-service-info': HapurTag<HapurServiceInfo, DataEvents>;
    'hapur-service-list': HapurTag<HapurServiceList, DataEvents>;
    'hapur-commitment-tracker': HapurTag<
      HapurCommitmentTracker,
      DataEvents & { 'hapur-feedback-request': HapurFeedbackRequestEvent }
    >;
    'hapur-feedback-form': HapurTag<
      HapurFeedbackForm,
      {
        'hapur-submit': HapurSubmitEvent;
        'hapur-submitted': HapurSubmittedEvent;
        'hapur-queued': HapurQueuedEvent;
        'hapur-error': HapurErrorEvent;
      }
    >;
    'hapur-feedback-status': HapurTag<HapurFeedbackStatus, DataEvents>;
    'hapur-comments': HapurTag<HapurComments, DataEvents>;
    'hapur-participation-stats': HapurTag<HapurParticipationStats, DataEvents>;
    'hapur-publication-checklist': HapurTag<
      HapurPublicationChecklist,
      DataEvents & { 'hapur-after-record': HapurAfterRecordEvent }
    >;
  }
}
