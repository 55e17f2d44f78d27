// Every unit test runs with the cues of src/text/matches.ts checked against their patterns: a rule's
// pattern edited so that it matches text its cue turns away fails here instead of finding less.
import { verifyCuesForTesting } from '../../../src/text/matches';

verifyCuesForTesting(true);
