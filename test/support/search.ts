// A dashboard URL query parsed as the app parses it, refusing (as a failed expectation) any parameter error.
import { expect } from "vitest";
import { parseCandidateSearchParams, type CandidateSearch } from "@/lib/search-params";

export function searchFrom(query: string): CandidateSearch {
  const { search, errors } = parseCandidateSearchParams(new URLSearchParams(query));
  expect(errors).toEqual([]);
  return search;
}
