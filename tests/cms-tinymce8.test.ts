/** Klar's TinyMCE options in TinyMCE 8, the current version (tests/helpers/tinymce-editor.ts). */
import { describeTinymce } from './helpers/tinymce-editor.js';

await describeTinymce({ folder: 'tinymce', major: 8 });
