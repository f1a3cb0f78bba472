// Shared by both next/navigation variants; free of React so it loads under react-server.

/** URLSearchParams without the mutating methods, as Next's ReadonlyURLSearchParams. */
export class ReadonlyURLSearchParams extends URLSearchParams {
  override append(): never {
    throw readonlyError();
  }
  override delete(): never {
    throw readonlyError();
  }
  override set(): never {
    throw readonlyError();
  }
  override sort(): never {
    throw readonlyError();
  }
}

function readonlyError() {
  return new Error("[vinext] ReadonlyURLSearchParams cannot be modified; copy it with new URLSearchParams(params).");
}
