#pragma once

#include <QtGlobal>

#include <thread>
#include <vector>

namespace sd {

// Runs work(0) .. work(parts - 1) at once, part 0 on the calling thread, and returns when every
// part is done. The parts must not write to anything they share.
template <typename Work>
void runParts(qsizetype parts, const Work &work) {
    std::vector<std::thread> pool;
    for (qsizetype k = 1; k < parts; ++k)
        pool.emplace_back([&work, k] { work(k); });
    work(0);
    for (std::thread &t : pool)
        t.join();
}

} // namespace sd
