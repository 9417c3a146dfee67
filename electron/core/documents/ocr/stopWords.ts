/**
 * The commonest function words of the languages contracts arrive in (English, German, French,
 * Spanish, Italian, Dutch, Portuguese). Any real paragraph in one of them is full of these; a
 * text layer made of unmapped glyphs almost never produces one.
 */
const WORDS = `
a an the and or of to in on at by for with from as is are be was were been this that these those it its
not no shall will may must any all such which who whom whose if than then there herein hereof hereby
thereof under upon into out other each per
der die das und oder von zu im in den dem des ein eine einer eines ist sind wird werden nicht mit auf für
als auch bei nach aus durch über unter sowie
le la les et ou de du des un une est sont pour par sur dans au aux avec ne pas que qui ce cette ses son
el los las y o del una es son por con para al lo se su sus que en
il lo gli e di da per con una sono che non si del della
het een en van op te voor met zijn niet dat bij aan
o os as um uma do da dos das em no na para com que não se
`;

const SET = new Set(WORDS.split(/\s+/).filter(Boolean));

/** True for a lower-cased common function word. */
export function isStopWord(token: string): boolean {
  return SET.has(token);
}
