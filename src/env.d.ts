interface ImportMetaEnv {
  /** True under `astro dev` only (astro.config.mjs): drafts are shown and content re-read there, nowhere else. */
  readonly HSD_ASTRO_DEV: boolean;
}
