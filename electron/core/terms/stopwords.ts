/**
 * English function words ignored when comparing sentences. A short list on purpose: legal words such
 * as "shall", "not", "any" and "without" carry meaning for ranking and stay in.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or of to in on at by for with from as is are was were be been being this that these those ' +
    'it its it\'s he she they them their there here which who whom whose what when where while than then ' +
    'such so if into onto upon about over under between through during before after above below up down out ' +
    'off again further once also both each other same own only very can just do does did doing have has had ' +
    'having i me my we our ours you your yours his her hers him hereof herein hereto hereunder thereof therein ' +
    'thereto hereby whereas said'
  ).split(/\s+/),
);
