import { usePersonName } from '../people/persons.api';
import { Link } from '../router/link';
import { LINK_STYLE } from '../shell/link.style';
import { personPath } from './org.link';

/** A person by name (GET /org/persons/{id}), as a link to their appointments. */
export function PersonName({ personId }: { personId: string }) {
  const name = usePersonName(personId);
  return (
    <Link to={personPath(personId)} style={LINK_STYLE}>
      {name.data ?? 'Đang tải tên…'}
    </Link>
  );
}
