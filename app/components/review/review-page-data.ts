import type { DiffChunk } from "../../../shared/domain/text-diff";
import type { ChipStatus } from "../agenda/status-chips";
import type { DeadlineView } from "./AgendaStatus";

// What the review page's loader sends and what a refused form post returns: shared by the
// page's parts (ReviewPage, ReviewActions, ReviewForm, ReviewRecord).

export interface Problem {
  message: string;
  path?: string;
  subject?: { kind: "card" | "item"; id: string; title: string };
}

export interface Rating {
  criterionId: string;
  score: number;
  motivation: string;
}

export interface ReviewView {
  expertId: string;
  expertName: string;
  versionNumber: number;
  advice: string;
  adviceLabel: string;
  summary: string | null;
  submittedAt: Date | string;
  ratings: Rating[];
}

export type Moment = Date | string;

/** What the review page's loader sends (review.server.ts, loadReviewPage). */
export interface ReviewPageData {
  agenda: {
    id: string;
    kind: string;
    reviewState: string;
    owner: { kind: "werkgroep" | "fundament"; slug: string; name: string };
  };
  me: string | null;
  review: {
    state: string;
    stateLabel: string;
    stateChangedAt: Moment;
    allowedEvents: Array<{ event: string; label: string }>;
    abilities: {
      assignOthers: boolean;
      configure: boolean;
      writeReview: boolean;
    };
    deadline: DeadlineView | null;
    currentVersion: {
      number: number;
      name: string;
      createdAt: Moment;
      authorName: string | null;
    } | null;
    reviewedVersions: Array<{
      number: number;
      name: string;
      createdAt: Moment;
      authorName: string | null;
    }>;
    reviewers: Array<{
      expertId: string;
      name: string;
      assignedAt: Moment;
      assignedByName: string | null;
      submitted: boolean;
      /** False once switched off or out of the expert team. */
      inExpertTeam: boolean;
    }>;
    progress: { done: number; total: number; label: string } | null;
    criteria: Array<{
      id: string;
      title: string;
      description: string | null;
      setId: string;
      setName: string;
    }>;
    reviews: ReviewView[];
    comparison: Array<{
      criterionId: string;
      scores: Array<{ expertId: string; score: number | null }>;
      differs: boolean;
    }>;
    myDraft: {
      summary: string | null;
      updatedAt: Moment;
      ratings: Rating[];
    } | null;
    history: ReviewView[];
    transitions: Array<{
      id: string;
      event: string;
      eventLabel: string;
      from: string;
      to: string;
      reason: string | null;
      actorName: string | null;
      versionNumber: number | null;
      at: Moment;
    }>;
    checks: { blocking: Problem[]; warnings: Problem[] } | null;
    adoption: {
      versionNumber: number | null;
      decisionDate: string | null;
      reference: string | null;
    } | null;
    changesSinceReview: {
      fromVersion: number;
      toVersion: number;
      chunks: DiffChunk[];
      insertedWords: number;
      deletedWords: number;
    } | null;
  };
  checks: {
    blocking: Problem[];
    warnings: Problem[];
    canSubmit: boolean;
  } | null;
  experts: Array<{ id: string; name: string; organisation: string | null }>;
  frozen: {
    number: number;
    name: string;
    text: string;
    document: unknown;
  } | null;
  resolvedThreads: ResolvedThread[];
  statuses: Record<string, ChipStatus>;
  done: string | null;
  today: string;
}

export interface ResolvedThread {
  id: string;
  quote: string;
  authorName: string | null;
  firstComment: string;
  resolvedByName: string | null;
  resolvedAt: Moment;
}

export interface FormProblem {
  ok: false;
  intent: string;
  message: string;
  issues: Array<{ path: string; message: string }>;
  values?: Record<string, string>;
}
