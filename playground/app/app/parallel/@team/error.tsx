"use client";

export default function TeamError() {
  return <p data-testid="team-error">The team slot failed</p>;
}
