import { packageProject } from '../vitest.shared';

// The repository's own tooling (release check, README figures, doc examples, metadata).
export default packageProject('scripts');
