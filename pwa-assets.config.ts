/**
 * Icon generation: every PNG icon in public/ is made from public/icon.svg by `npm run icons`.
 * Edit the SVG, run the script, commit the PNGs.
 */
import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

const background = '#1b140f';

export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset: {
    ...minimal2023Preset,
    maskable: { ...minimal2023Preset.maskable, resizeOptions: { background } },
    apple: { ...minimal2023Preset.apple, resizeOptions: { background } },
  },
  images: ['public/icon.svg'],
});
