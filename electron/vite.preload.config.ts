import { defineConfig } from 'vite';
import { electronBundle } from './vite.shared.js';

// A sandboxed preload may only require('electron'): everything else is bundled in.
export default defineConfig(electronBundle('electron/preload/index.ts', 'dist-electron/preload', 'browser'));
