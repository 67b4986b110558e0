// The panel's handle on the Gloss database (extension origin only).
import { GlossDatabase } from '../../lib/db';

export const db = new GlossDatabase();
