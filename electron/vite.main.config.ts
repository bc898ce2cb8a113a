import { defineConfig } from 'vite';
import { electronBundle } from './vite.shared.js';

export default defineConfig(electronBundle('electron/main/index.ts', 'dist-electron/main', 'node'));
