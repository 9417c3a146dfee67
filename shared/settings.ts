import { z } from 'zod';
import { cloudUrlProblem } from './cloudUrl';
import { OcrModeSchema } from './ocrMode';

/** Settings as the window sees them. Model paths and the API key stay in main. */
export const SettingsSchema = z.object({
  mode: z.enum(['local', 'cloud']),
  local: z.object({
    /** Id of the model in main's model list (not a path). Empty when none is installed. */
    modelId: z.string().max(200).default(''),
    threads: z.number().int().min(1).max(256).optional(),
    parallel: z.number().int().min(1).max(16).optional(),
  }),
  cloud: z.object({
    // https, or http on loopback only: the API key and the documents go there.
    baseUrl: z
      .string()
      .url()
      .max(2000)
      .superRefine((u, ctx) => {
        const problem = cloudUrlProblem(u);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .default('https://api.openai.com/v1'),
    model: z.string().max(200).default('gpt-4o-mini'),
    redact: z.boolean().default(true),
  }),
  summaryLength: z.enum(['brief', 'standard', 'detailed']).default('standard'),
  /** Scanned PDF pages: read them with local OCR when they have no usable text (auto), always, or never. */
  ocr: OcrModeSchema.default('auto'),
});

export type Settings = z.infer<typeof SettingsSchema>;

/** A partial update; nested objects merge. */
export const SettingsPatchSchema = z.object({
  mode: SettingsSchema.shape.mode.optional(),
  local: SettingsSchema.shape.local.partial().optional(),
  cloud: SettingsSchema.shape.cloud.partial().optional(),
  summaryLength: SettingsSchema.shape.summaryLength.optional(),
  ocr: OcrModeSchema.optional(),
});
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = {
  mode: 'local',
  local: { modelId: '' },
  cloud: { baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', redact: true },
  summaryLength: 'standard',
  ocr: 'auto',
};
