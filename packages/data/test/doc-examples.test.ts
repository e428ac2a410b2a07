import * as api from '@gongbao/data';
import { describeDocExamples } from '../../../scripts/doc-examples';

describeDocExamples('@gongbao/data', `${import.meta.dirname}/../src`, api);
