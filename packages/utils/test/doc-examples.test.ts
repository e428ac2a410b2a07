import * as api from '@gongbao/utils';
import { describeDocExamples } from '../../../scripts/doc-examples';

describeDocExamples('@gongbao/utils', `${import.meta.dirname}/../src`, api);
