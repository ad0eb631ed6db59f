// A task of the previous year's plan that was still open at that year's end, as the preview offers it.
export interface CarryCandidate {
  taskId: number;
  year: number;
  seq: number;
  text: string;
  leadUnits: string[];
  responsibleUnits: string[];
}
