import { tinymceTextOptions } from './tinymce-options.js';

/**
 * Umbraco 13's own `valid_elements` for TinyMCE 6 (`RichTextEditorSettings.StaticValidElements`,
 * `Umbraco:CMS:RichTextEditor:ValidElements` in appsettings.json): the rules Klar's content rules
 * are written on top of, since Umbraco's editor replaces TinyMCE's schema with these.
 */
export const UMBRACO_13_VALID_ELEMENTS =
  '+a[id|style|rel|data-id|data-udi|rev|charset|hreflang|dir|lang|tabindex|accesskey|type|name|href|target|title|class|onfocus|onblur|onclick|ondblclick|onmousedown|onmouseup|onmouseover|onmousemove|onmouseout|onkeypress|onkeydown|onkeyup],-strong/-b[class|style],-em/-i[class|style],-strike[class|style],-s[class|style],-u[class|style],#p[id|style|dir|class|align],-ol[class|reversed|start|style|type],-ul[class|style],-li[class|style],br[class],img[id|dir|lang|longdesc|usemap|style|class|src|onmouseover|onmouseout|border|alt=|title|hspace|vspace|width|height|align|umbracoorgwidth|umbracoorgheight|onresize|onresizestart|onresizeend|rel|data-id],-sub[style|class],-sup[style|class],-blockquote[dir|style|class],-table[border=0|cellspacing|cellpadding|width|height|class|align|summary|style|dir|id|lang|bgcolor|background|bordercolor],-tr[id|lang|dir|class|rowspan|width|height|align|valign|style|bgcolor|background|bordercolor],tbody[id|class],thead[id|class],tfoot[id|class],#td[id|lang|dir|class|colspan|rowspan|width|height|align|valign|style|bgcolor|background|bordercolor|scope],-th[id|lang|dir|class|colspan|rowspan|width|height|align|valign|style|scope],caption[id|lang|dir|class|style],-div[id|dir|class|align|style],-span[class|align|style],-pre[class|align|style],address[class|align|style],-h1[id|dir|class|align|style],-h2[id|dir|class|align|style],-h3[id|dir|class|align|style],-h4[id|dir|class|align|style],-h5[id|dir|class|align|style],-h6[id|style|dir|class|align|style],hr[class|style],small[class|style],dd[id|class|title|style|dir|lang],dl[id|class|title|style|dir|lang],dt[id|class|title|style|dir|lang],object[class|id|width|height|codebase|*],param[name|value|_value|class],embed[type|width|height|src|class|*],map[name|class],area[shape|coords|href|alt|target|class],bdo[class],button[class],iframe[*],figure,figcaption,cite,video[*],audio[*],picture[*],source[*],canvas[*]';

/**
 * The TinyMCE options for Umbraco 13's `Umbraco:CMS:RichTextEditor:CustomConfig`: string values
 * (Umbraco turns "true" and "false" into booleans). The same options as the module's, with the
 * content rules written on Umbraco's own, and without the Klar script line: without the module's
 * code TinyMCE cannot hold a script to a module with a src and no inline code, so in Umbraco the
 * page template loads Klar.
 */
export function umbraco13CustomConfig(validElements = UMBRACO_13_VALID_ELEMENTS): Record<string, string> {
  return Object.fromEntries(Object.entries(tinymceTextOptions(validElements)).map(([name, value]) => [name, String(value)]));
}
