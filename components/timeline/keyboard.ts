// Moving focus between the lanes (rows) of a timeline that are all in the DOM: Up/Down from an item goes
// to the nearest item by date in the next lane that has one.
import type { DayNumber } from "@/lib/timeline/scale";

export function focusNearestInAdjacentLane(container: HTMLElement, fromLane: string, direction: -1 | 1, day: DayNumber): void {
  const lanes = [...container.querySelectorAll<HTMLElement>("[data-lane]")];
  let index = lanes.findIndex((lane) => lane.dataset.lane === fromLane) + direction;
  for (; index >= 0 && index < lanes.length; index += direction) {
    const buttons = [...(lanes[index]?.querySelectorAll<HTMLButtonElement>("button[data-item-id]") ?? [])];
    if (buttons.length === 0) continue;
    const nearest = buttons.reduce((best, button) =>
      Math.abs(Number(button.dataset.day) - day) < Math.abs(Number(best.dataset.day) - day) ? button : best,
    );
    nearest.focus();
    return;
  }
}
