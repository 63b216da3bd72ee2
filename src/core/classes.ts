/** A class attribute from names, leaving out the false ones: `classes('box', easy && 'easy-read')`. */
export const classes = (...names: (string | false | undefined)[]): string => names.filter(Boolean).join(' ');
