/** The words for a document's legal status, Chinese and English. */
import type { DocumentStatus } from '@gongbao/core';

/** Each status of `documentStatus` as `现行有效 in force` …. */
export const STATUS_LABELS: Readonly<Record<DocumentStatus, string>> = {
  'in-force': '现行有效 in force',
  'not-yet-in-force': '尚未施行 not yet in force',
  expired: '已失效 expired',
  repealed: '已废止 repealed',
  unknown: '效力未载明 not stated',
};
