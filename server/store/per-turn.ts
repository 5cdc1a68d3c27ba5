// Questions of one kind asked during one turn of the event loop, answered together by one statement.
// Under load the collector reads many requests in one turn, and each asked PostgreSQL on its own: a
// round trip, and pg's handling of it, per request (docs/performance.md). Asked together, a turn's
// requests cost one. A lone request waits for nothing but the end of its turn.

/**
 * `answer` gets the turn's questions in the order they were asked and returns one answer for each,
 * in the same order; if it fails, every question of the turn fails with its error.
 */
export function perTurn<Q, A>(answer: (questions: readonly Q[]) => Promise<readonly A[]>): (question: Q) => Promise<A> {
  let waiting: { question: Q; resolve: (a: A) => void; reject: (err: unknown) => void }[] = [];
  const run = () => {
    const batch = waiting;
    waiting = [];
    answer(batch.map((w) => w.question)).then(
      (answers) => batch.forEach((w, i) => w.resolve(answers[i]!)),
      (err: unknown) => batch.forEach((w) => w.reject(err)),
    );
  };
  return (question) =>
    new Promise<A>((resolve, reject) => {
      if (waiting.length === 0) setImmediate(run);
      waiting.push({ question, resolve, reject });
    });
}

/** The same, one batch per store (or transaction): each question goes to the database it was asked of. */
export function perTurnPerStore<D extends object, Q, A>(answer: (db: D, questions: readonly Q[]) => Promise<readonly A[]>): (db: D, question: Q) => Promise<A> {
  const byStore = new WeakMap<D, (question: Q) => Promise<A>>();
  return (db, question) => {
    let ask = byStore.get(db);
    if (!ask) byStore.set(db, (ask = perTurn((questions: readonly Q[]) => answer(db, questions))));
    return ask(question);
  };
}
