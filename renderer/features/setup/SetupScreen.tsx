import { useParticipants, useSessionPosition, useTeams } from '../../db/hooks';
import type { WorkshopRecord } from '../../db/records';
import { DetailsSection } from './DetailsSection';
import { QuestionsSection } from './QuestionsSection';
import { TeamsSection } from './TeamsSection';
import { ParticipantsSection } from './ParticipantsSection';
import { ReportingSection } from './ReportingSection';
import { ThresholdsSection } from './ThresholdsSection';
import { useSetupActions } from './use-setup-actions';

/**
 * Workshop setup ("Prepare"): details and questions, teams and participants, reporting and consensus
 * rules. Two columns on a laptop or projector, one on a narrow window; the DOM order is the reading
 * order (left column, then right, row by row).
 */
export function SetupScreen({ workshop }: { workshop: WorkshopRecord }) {
  const teams = useTeams(workshop.id);
  const participants = useParticipants(workshop.id);
  const position = useSessionPosition(workshop.id);
  const actions = useSetupActions(workshop.id);
  if (teams === undefined || participants === undefined || position === undefined) return null;
  return (
    <>
      <div className="setup-grid">
        <div className="setup-column">
          <DetailsSection workshop={workshop} actions={actions} />
          <QuestionsSection settings={workshop.settings} started={position !== null} actions={actions} />
        </div>
        <div className="setup-column">
          <TeamsSection teams={teams} participants={participants} actions={actions} />
          <ParticipantsSection teams={teams} participants={participants} actions={actions} />
        </div>
      </div>
      <div className="setup-grid">
        <ReportingSection settings={workshop.settings} actions={actions} />
        <ThresholdsSection thresholds={workshop.settings.thresholds} actions={actions} />
      </div>
    </>
  );
}
