// Acting as a demo account straight through the services, to set the scene a browser test starts
// from (the office's decisions, another window's save) without clicking through other pages.
import type { Actor } from '../../../src/core/policy/policy.types.ts';
import { demoActor } from '../../../src/services/demo/demo-actor.ts';
import type { Store } from '../../../src/services/store.ts';

export const actorFor = (store: Store, login: string): Promise<Actor> => demoActor(store.repos, login);
