/** Klar's TinyMCE options in TinyMCE 6, the version of Umbraco up to 13 (tests/helpers/tinymce-editor.ts). */
import { describeTinymce } from './helpers/tinymce-editor.js';

await describeTinymce({ folder: 'tinymce6', major: 6, umbraco: true });
