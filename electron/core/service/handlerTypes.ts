import type { InvokeChannel, InvokeResponses, requestSchemas } from '../../../shared/ipc/contract';

/** A request of `C` as its schema parsed it. */
export type ParsedRequest<C extends InvokeChannel> = ReturnType<(typeof requestSchemas)[C]['parse']>;
/** The handler of one invoke channel. */
export type Handler<C extends InvokeChannel> = (clientId: string, request: ParsedRequest<C>) => Promise<InvokeResponses[C]>;
export type Handlers = { [C in InvokeChannel]: Handler<C> };
