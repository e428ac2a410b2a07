import * as api from '@gongbao/cli';
import { describeDocExamples } from '../../../scripts/doc-examples';

describeDocExamples('@gongbao/cli', `${import.meta.dirname}/../src`, api);
