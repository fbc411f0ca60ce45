import type { AdminUnitT } from '@lmis/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Spin, Tree, type TreeDataNode } from 'antd';
import { type Key, useEffect, useState } from 'react';
import { useI18n } from '../../app/i18n.ts';
import { fetchUnits, unitKeys, useProvinces } from './api.ts';

interface UnitNode extends TreeDataNode {
  key: string;
  children?: UnitNode[];
}

function toNode(u: AdminUnitT): UnitNode {
  return {
    key: u.code,
    title: u.name,
    // Communes are the lowest level; provinces and districts always get an expand arrow and load on demand.
    isLeaf: u.level === 'commune',
  };
}

function withChildren(nodes: UnitNode[], key: string, children: UnitNode[]): UnitNode[] {
  return nodes.map((n) =>
    n.key === key
      ? { ...n, children, isLeaf: children.length === 0 }
      : n.children
        ? { ...n, children: withChildren(n.children, key, children) }
        : n,
  );
}

/** The unit hierarchy valid on `asOf`, loading each level's children when it is expanded. */
export function UnitTree(props: {
  asOf: string;
  selected: string | null;
  onSelect: (code: string) => void;
  height: number;
}) {
  const { asOf, selected, onSelect, height } = props;
  const { errorText } = useI18n();
  const qc = useQueryClient();
  const provinces = useProvinces(asOf);
  const [nodes, setNodes] = useState<UnitNode[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);

  useEffect(() => {
    setNodes(provinces.data ? provinces.data.map(toNode) : []);
  }, [provinces.data]);

  const loadData = async (node: { key: Key }) => {
    const parent = String(node.key);
    try {
      const children = await qc.fetchQuery({
        queryKey: unitKeys.list(asOf, parent),
        queryFn: () => fetchUnits({ asOf, parent }),
        staleTime: Number.POSITIVE_INFINITY,
      });
      setNodes((prev) => withChildren(prev, parent, children.map(toNode)));
      setLoadError(null);
    } catch (err) {
      setLoadError(err);
    }
  };

  if (provinces.isPending) return <Spin style={{ display: 'block', padding: 24 }} />;
  if (provinces.isError) return <Alert type="error" showIcon title={errorText(provinces.error)} />;
  return (
    <>
      {loadError !== null && <Alert type="error" showIcon title={errorText(loadError)} style={{ marginBottom: 8 }} />}
      <Tree<UnitNode>
        treeData={nodes}
        loadData={loadData}
        height={height}
        selectedKeys={selected ? [selected] : []}
        onSelect={(keys) => {
          const key = keys[0];
          if (key !== undefined) onSelect(String(key));
        }}
        blockNode
        showLine
      />
    </>
  );
}
