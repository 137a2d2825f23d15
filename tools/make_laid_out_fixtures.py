"""Laid-out text fixtures (tests/fixtures/laid_out): a ruled table as HTML, printed to
PDF by LibreOffice, and that PDF's text as `pdftotext -layout` gives it. The PDF
reader reads the table from its rules; the test checks that the text gives the same
records (tests/laid_out_text.rs).

    python tools/make_laid_out_fixtures.py SEED OUT.html   # two_projects: seed 29; description_column: 13
    # top_aligned: seed 3, every <td> given valign="top"
    soffice --headless --convert-to pdf OUT.html
    pdftotext -layout OUT.pdf OUT.txt

care_insurance.html was written by hand (a 备注 column, 一级 labels merged over two
and four rows).
"""
import random, sys, html
seed=int(sys.argv[1]); out=sys.argv[2]
R=random.Random(seed)
L2={'产出指标':['数量指标','质量指标','时效指标','成本指标'],'效益指标':['经济效益指标','社会效益指标','生态效益指标','可持续影响指标'],'满意度指标':['服务对象满意度指标']}
words='城乡居民 医保 参保 人数 困难群众 救助 覆盖率 资金 拨付 及时率 项目 验收 合格率 农村 道路 养护 里程 公共 服务 水平 群众 满意度 设施 运行 维护 保障 培训 人次 完成 监测 站点 改造 面积 绿化 生态 环境 质量'.split()
vals=['≥95%','100%','≥98%','2次/年','≤530元/人·月','≥12000人','有效提升','逐步提高','12月底前','≤3%','≥60亩','达到预期']
def name(): return ''.join(R.choice(words) for _ in range(R.randint(2,9)))
desc_col = R.random()<0.5
projects=[]
rows=[]
body=['<html><head><meta charset="utf-8"></head><body>']
for p in range(R.randint(1,2)):
    body.append('<p>项目支出绩效目标表</p>')
    body.append('<table border="1" cellspacing="0" cellpadding="3">')
    body.append(f'<tr><td colspan="2">项目名称</td><td colspan="{3+desc_col}">{name()}项目</td></tr>')
    body.append(f'<tr><td colspan="2">主管部门</td><td colspan="{3+desc_col}">某县{R.choice(["财政局","农业农村局","教育局"])}</td></tr>')
    body.append(f'<tr><td colspan="2">年度资金总额</td><td colspan="{3+desc_col}">{R.randint(5,500)}</td></tr>')
    body.append(f'<tr><td colspan="2">年度绩效目标</td><td colspan="{3+desc_col}">{name()}，{name()}。</td></tr>')
    hdr=['一级指标','二级指标','三级指标']+(['绩效指标描述'] if desc_col else [])+['指标值']
    w=[60,75,R.choice([110,150,200])]+([120] if desc_col else [])+[R.choice([60,90])]
    body.append('<tr>'+''.join(f'<td width="{x}">{h}</td>' for h,x in zip(hdr,w))+'</tr>')
    for l1 in L2:
        l2s=[x for x in L2[l1] if R.random()<0.7] or [L2[l1][0]]
        inds=[(l2,name(),R.choice(vals),name()) for l2 in l2s for _ in range(R.randint(1,2))]
        for i,(l2,n,v,d) in enumerate(inds):
            cells=''
            if i==0: cells+=f'<td rowspan="{len(inds)}">{l1}</td>'
            cells+=f'<td>{l2}</td><td>{n}</td>'+(f'<td>{d}</td>' if desc_col else '')+f'<td>{html.escape(v)}</td>'
            body.append('<tr>'+cells+'</tr>')
    body.append('</table><p>填报人：张三</p>')
body.append('</body></html>')
open(out,'w').write('\n'.join(body))
