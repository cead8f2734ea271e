import { Flex } from 'antd';
import { Link } from 'react-router';
import { Emblem } from '../components/Emblem.tsx';

export const Brand = ({ collapsed }: { collapsed: boolean }) => (
  <Link to="/" aria-label="三项 · 行政执法工作台">
    <Flex align="center" justify={collapsed ? 'center' : 'flex-start'} gap={10} style={{ height: 64, padding: collapsed ? 0 : '0 20px' }}>
      <Emblem size={30} />
      {!collapsed && (
        <div style={{ lineHeight: 1.25, whiteSpace: 'nowrap' }}>
          <div style={{ color: '#fff', fontSize: 17, fontWeight: 600, letterSpacing: 2 }}>三项</div>
          <div style={{ color: 'rgba(255,255,255,0.65)', fontSize: 12 }}>行政执法工作台</div>
        </div>
      )}
    </Flex>
  </Link>
);
