import { eventBusContract } from './eventBusContract.ts';
import { createInProcessEventBus } from './inProcessEventBus.ts';

eventBusContract('in-process', () => createInProcessEventBus());
