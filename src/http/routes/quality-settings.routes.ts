// The plan's quality settings (stock phrases, thresholds): 督查办 and the admin read and change them.
import {
  getQualitySettings,
  updateQualitySettings,
  type QualitySettingsView,
} from '../../services/quality/quality-settings.usecases.ts';
import { planRulesPartRoutes } from '../plan-rules-part.ts';
import { routePlugin } from '../route.ts';
import {
  QualitySettingsBodySchema,
  QualitySettingsSchema,
  type QualitySettings,
} from '../../contracts/quality-rules.schema.ts';

const present = (view: QualitySettingsView): QualitySettings => ({
  year: view.plan.year,
  isDefault: view.isDefault,
  quality: {
    ...view.quality,
    stockPhrases: [...view.quality.stockPhrases],
    completionWords: [...view.quality.completionWords],
    reasonWords: [...view.quality.reasonWords],
    basisWords: [...view.quality.basisWords],
  },
});

export const qualitySettingsRoutes = routePlugin(['quality'], (route, { store, clock }) => {
  planRulesPartRoutes(route, {
    url: '/api/plans/:year/quality-rules',
    summaries: {
      read: "The plan's quality settings: stock phrases and the flags' thresholds (督查办, admin)",
      replace: "Replace the plan's quality settings (督查办, admin); audited with the previous value",
    },
    body: QualitySettingsBodySchema,
    answer: QualitySettingsSchema,
    read: async (input) => present(await getQualitySettings({ ...input, store })),
    replace: async ({ value, ...input }) =>
      present(await updateQualitySettings({ ...input, quality: value, store, clock })),
  });
});
