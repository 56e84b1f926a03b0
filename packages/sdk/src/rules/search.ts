/**
 * Text as every search compares it, the query and what it is looked for in (services, a plan's commitments): accents
 * and case dropped, so "zotim" finds "Zotimi" and "c" finds "ç"; "đ" and "dj" read as "d", and Turkish "ı" as "i", as
 * they are typed on a keyboard without those letters, so "gradevinska" and "gradjevinska" find "građevinska".
 */
export const searchFold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('und').replace(/dj|đ/g, 'd').replace(/ı/g, 'i');
