import { useId, type MouseEvent } from 'react';
import { OutpostMark } from '../ui/icons';
import { SidebarFooter } from './SidebarFooter';
import { CalendarCounts, CalendarCountsDescription, PausedNotice } from './SidebarPublishing';
import { SECTION_IDS, type SectionId } from './sectionIds';
import { SECTIONS } from './sections';
import { useNavigation } from './useNavigation';
import './Sidebar.css';

/**
 * The app's sections as a nav landmark of real links (#/calendar...), so they read as navigation,
 * take Tab focus in order, and mark the current one with aria-current="page". Calendar shows how
 * many posts are coming and how many need the owner; its name stays "Calendar" and the counts are
 * its description.
 */
export function Sidebar() {
  const countsId = useId();
  const current = useNavigation((state) => state.section);
  const goTo = useNavigation((state) => state.goTo);

  const follow = (section: SectionId) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    goTo(section);
  };

  return (
    <aside className="sidebar">
      <div className="sidebar__brand">
        <span className="sidebar__mark">
          <OutpostMark size={18} />
        </span>
        <span className="sidebar__name">Outpost</span>
      </div>
      <nav aria-label="Sections" className="sidebar__nav">
        <ul>
          {SECTION_IDS.map((id) => {
            const { label, icon: Icon } = SECTIONS[id];
            const isCurrent = id === current;
            return (
              <li key={id}>
                <a
                  href={`#/${id}`}
                  className="sidebar__link"
                  aria-current={isCurrent ? 'page' : undefined}
                  aria-describedby={id === 'calendar' ? countsId : undefined}
                  onClick={follow(id)}
                >
                  <Icon size={18} />
                  {label}
                  {id === 'calendar' ? <CalendarCounts /> : null}
                </a>
                {id === 'calendar' ? <CalendarCountsDescription id={countsId} /> : null}
              </li>
            );
          })}
        </ul>
      </nav>
      <PausedNotice />
      <SidebarFooter />
    </aside>
  );
}
