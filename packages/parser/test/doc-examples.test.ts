import * as api from '@gongbao/parser';
import { describeDocExamples } from '../../../scripts/doc-examples';

describeDocExamples('@gongbao/parser', `${import.meta.dirname}/../src`, api);
