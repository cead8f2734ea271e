import { Flex, Tag } from 'antd';
import type { RoleName } from '../api/types.ts';
import { roleColor, ROLE_LABELS, sortRoles } from '../roles.ts';

export const RoleTags = ({ roles, empty = '未授予角色' }: { roles: readonly RoleName[]; empty?: string }) =>
  roles.length === 0 ? (
    <Tag variant="filled">{empty}</Tag>
  ) : (
    <Flex gap={4} wrap>
      {sortRoles(roles).map((role) => (
        <Tag key={role} color={roleColor(role)} style={{ marginInlineEnd: 0 }}>
          {ROLE_LABELS[role]}
        </Tag>
      ))}
    </Flex>
  );
