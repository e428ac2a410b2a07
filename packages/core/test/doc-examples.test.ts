import * as api from '@gongbao/core';
import { describeDocExamples } from '../../../scripts/doc-examples';

describeDocExamples('@gongbao/core', `${import.meta.dirname}/../src`, api);
