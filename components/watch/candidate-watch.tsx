// The candidate page's watch button: for signed-in users only.
import { WatchToggle } from "@/components/watch/watch-toggle";
import { getCurrentUser } from "@/lib/auth/current-user";
import { watchedCandidateIds } from "@/lib/watch/watches";

export async function CandidateWatch({ candidateId }: { candidateId: number }) {
  const user = await getCurrentUser();
  if (!user) return null;
  const watching = (await watchedCandidateIds(user.id, [candidateId])).has(candidateId);
  return <WatchToggle target={{ candidateId }} watching={watching} />;
}
