import * as api from '@gongbao/data';
import * as files from '@gongbao/data/files';
import * as schemas from '@gongbao/data/schemas';
import { describeDocExamples } from '../../../scripts/doc-examples';

// The schemas live on their own entry point (so importing the data does not load zod), and the
// Node-only file paths on theirs; their examples run with them in scope too.
describeDocExamples('@gongbao/data', `${import.meta.dirname}/../src`, { ...api, ...schemas, ...files });
