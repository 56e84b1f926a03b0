/** Layouts of `<hapur-service-info>`: the whole card, or one line with a link. */
export const SERVICE_INFO_VARIANTS = ['full', 'compact'] as const;
export type ServiceInfoVariant = (typeof SERVICE_INFO_VARIANTS)[number];

/** Heading levels the card's title can take, so it fits the host page's outline. */
export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** Channel types that are used online (a link to apply). */
export const ONLINE_CHANNELS = ['online', 'e_kosova', 'e_albania', 'mobile_app'] as const;

/** The card's own JSON-LD child in the light DOM (the only `<script>` Hapur writes): `jsonld.ts`. */
export const JSONLD_SCRIPT = ':scope > script[data-hapur-jsonld]';
