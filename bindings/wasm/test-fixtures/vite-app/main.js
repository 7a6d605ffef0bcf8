import init, { parsePlan, countDelegates } from 'hoinghi';

await init();
const { plan } = parsePlan('BCH ĐOÀN PHƯỜNG 1\nKẾ HOẠCH\nHội nghị\n\nII. THÀNH PHẦN\n- Bí thư và Phó Bí thư Đoàn 11 phường.\n');
document.getElementById('out').textContent = `delegates: ${countDelegates(plan).min}`;
