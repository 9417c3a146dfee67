import type { Rule } from 'eslint';

export const CORE_DIR: string;
export const CORE_LAYERS: readonly string[];
export const TEMPORARY_ALLOWANCES: ReadonlyArray<readonly [string, string]>;
export function layerOf(file: string): string | undefined;
export function rankOf(layer: string): number;
export const coreLayersRule: Rule.RuleModule;
