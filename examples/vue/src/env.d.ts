/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the Hapur API; the demo's `/api/v1` on the same origin when unset. */
  readonly VITE_HAPUR_API?: string;
}
